export declare const REPO_DIR: string;
export declare const CLI_DIR: string;
export declare const CLI_ENTRY: string;
export declare function compiledCliStatus(
  dir?: string,
): { fresh: true } | { fresh: false; reason: string };
