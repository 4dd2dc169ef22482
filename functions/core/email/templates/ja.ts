import type { EmailTemplate } from './email-template';

export const ja: EmailTemplate = {
  locale: 'ja',
  priority: { urgent: '緊急', high: '高', normal: '通常', low: '低' },
  channel: {
    email: 'メール',
    chat: 'チャット',
    web: 'Webフォーム',
    phone: '電話',
    social: 'SNS',
  },
  noSubject: '（件名なし）',
  colon: '：',
  labels: {
    customer: 'お客様',
    customerTime: 'お客様の現地時刻',
    received: '受信日時',
    due: '受付確認の期限',
    queuedUntil: '待機終了予定',
    priority: '優先度',
    language: '言語',
    region: '地域',
    channel: 'チャネル',
    tags: 'タグ',
    ticketId: 'チケットID',
    threadId: 'スレッドID',
  },
  unknownName: 'お名前の記載なし',
  unknownZone: '不明（お客様のタイムゾーン情報がありません）',
  notes: {
    needsTranslation: (language) =>
      `翻訳が必要です：お客様は${language}で書かれていますが、${language}を読める担当者が対応できませんでした。翻訳ツールで内容をご確認のうえ、可能であれば${language}で返信してください。`,
    followUp:
      'フォローアップ：既存の会話にお客様から新しいメッセージが届きました。返信する前に、これまでのやり取りをご確認ください。',
    overdue: 'このメールの送信時点で、受付確認の期限をすでに過ぎています。',
    dueBeforeShift: 'チームのシフト開始前に、受付確認の期限を過ぎてしまいます。',
    unverifiedSender:
      '送信者未確認：メールサーバーは、このメッセージが表示されているアドレスから送られたことを確認できませんでした。なりすましの可能性があります。アカウント情報を伝えたり依頼に応じたりする前に、送信者を確認してください。',
    suspectedSpam: 'メールサーバーはこのメッセージを迷惑メールの可能性ありと判定しました。',
    replyToAnswer:
      'このメールに返信するとお客様へ回答できます。あなた自身の文章だけが、サポートのアドレスから、お客様のスレッドに届きます。',
  },
  agent: {
    greeting: (name) => (name ? `${name}さん` : 'ご担当者様'),
    intro: '新しいチケットが割り当てられました。',
    reasonsHeading: '割り当ての理由',
    followUpTag: '続報',
  },
  team: {
    greeting: (team) => `${team}チームの皆さま`,
    queuedTag: '待機中',
    unassignedTag: '担当者なし',
    queuedIntro: (until) =>
      `チーム宛てのチケットが待機しています。現在シフト中の適任者がいないため、チームのシフトが始まるまで（${until}）キューで待機します。`,
    unassignedIntro:
      'チームにチケットが割り当てられましたが、現在対応できる担当者がいません（シフト中・在席中で、担当チケット数が上限に達していない担当者がいません）。チームの受信箱から対応をお願いします。',
    reasonsHeading: '理由',
  },
  followTheSun: {
    handoverTag: '引き継ぎ',
    handedOverNote: (from) =>
      `引き継ぎ：チーム ${from} のシフトが、このチケットの確認前に終了したため、あなたに割り当てられました。`,
    handedAwayIntro: (to) =>
      `まもなくシフトが終了し、このチケットは未確認のため ${to} に引き継がれました。これ以上の対応は不要です。`,
    escalationTag: 'エスカレーション',
    escalationIntro: (holder, due) =>
      `このチケットは ${due} までに確認されるべきでしたが、まだ誰も確認していません。担当は ${holder} です。今すぐ誰かが対応するようにしてください。`,
  },
  messageHeading: 'お客様からのメッセージ',
  messageShortened: (shown, total) =>
    `[省略: このメールにはお客様のメッセージ ${total} のうち最初の ${shown} だけを表示しています。全文はチケットに保存されています。]`,
  subjectLabel: '件名',
  links: { acknowledge: '受付を確認する', resolve: '解決済みにする' },
  footer: 'このメールは、フォロー・ザ・サン型チケットルーター sunroute から送信されました。',
};
