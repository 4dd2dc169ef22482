import type { EmailTemplate } from './email-template';

export const es: EmailTemplate = {
  locale: 'es',
  priority: { urgent: 'URGENTE', high: 'ALTA', normal: 'NORMAL', low: 'BAJA' },
  channel: {
    email: 'correo electrónico',
    chat: 'chat',
    web: 'formulario web',
    phone: 'teléfono',
    social: 'redes sociales',
  },
  noSubject: '(sin asunto)',
  colon: ': ',
  labels: {
    customer: 'Cliente',
    customerTime: 'Hora local del cliente',
    received: 'Recibido',
    due: 'Confirmar antes de',
    queuedUntil: 'En cola hasta',
    priority: 'Prioridad',
    language: 'Idioma',
    region: 'Región',
    channel: 'Canal',
    tags: 'Etiquetas',
    ticketId: 'ID del ticket',
    threadId: 'ID de la conversación',
  },
  unknownName: 'sin nombre',
  unknownZone: 'desconocida: el cliente no indicó su zona horaria',
  notes: {
    needsTranslation: (language) =>
      `Hace falta traducción: el cliente escribe en ${language} y no había nadie disponible que lo lea. Usa un traductor y, si puedes, responde en ${language}.`,
    followUp:
      'Seguimiento: el cliente ha vuelto a escribir en una conversación que ya existía. Lee los mensajes anteriores antes de responder.',
    overdue: 'Cuando se envió este correo, el plazo de confirmación ya había vencido.',
    dueBeforeShift: 'El plazo de confirmación vence antes de que empiece el turno del equipo.',
    unverifiedSender:
      'Remitente no verificado: el servidor de correo no pudo confirmar que este mensaje venga de la dirección que muestra, así que puede ser falso. Compruebe quién lo escribió antes de dar datos de la cuenta o hacer lo que pide.',
    suspectedSpam: 'El servidor de correo marcó este mensaje como probable spam.',
    replyToAnswer:
      'Responda a este correo para contestar al cliente: solo sus propias palabras le llegan, desde la dirección de soporte, en su conversación.',
  },
  agent: {
    greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
    intro: 'Se te ha asignado un ticket nuevo.',
    reasonsHeading: 'Por qué te ha llegado a ti',
    followUpTag: 'SEGUIMIENTO',
  },
  team: {
    greeting: (team) => `Hola, equipo ${team}:`,
    queuedTag: 'EN COLA',
    unassignedTag: 'SIN AGENTE',
    queuedIntro: (until) =>
      `Hay un ticket esperando al equipo. Ahora mismo no hay nadie adecuado de turno, así que queda en cola hasta que empiece el turno del equipo (${until}).`,
    unassignedIntro:
      'Se ha asignado un ticket al equipo, pero ahora mismo ningún agente puede atenderlo: no hay nadie de turno, disponible y por debajo de su límite de tickets. Hay que atenderlo desde el buzón del equipo.',
    reasonsHeading: 'Motivo',
  },
  followTheSun: {
    handoverTag: 'TRASPASO',
    handedOverNote: (from) =>
      `Traspaso: el turno del equipo ${from} terminó antes de que nadie confirmara este ticket, así que ahora te llega a ti.`,
    handedAwayIntro: (to) =>
      `Tu turno termina pronto y este ticket no se confirmó, así que se ha traspasado a ${to}. No tienes que hacer nada más con él.`,
    escalationTag: 'ESCALADO',
    escalationIntro: (holder, due) =>
      `Nadie ha confirmado este ticket, que vencía el ${due}. Lo tiene ${holder}. Aseguraos de que alguien se ocupe de él ahora.`,
  },
  messageHeading: 'Mensaje del cliente',
  messageShortened: (shown, total) =>
    `[Acortado: este correo muestra los primeros ${shown} de los ${total} del mensaje del cliente. El texto completo se guarda con el ticket.]`,
  subjectLabel: 'Asunto',
  links: { acknowledge: 'Confirmar recepción', resolve: 'Marcar como resuelto' },
  footer: 'Enviado por sunroute, el enrutador de tickets que sigue al sol.',
};
