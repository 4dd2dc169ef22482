import type { LinkPageTexts } from './link-page-texts';

export const es: LinkPageTexts = {
  lang: 'es',
  confirm: {
    ack: {
      title: '¿Confirmar la recepción de este ticket?',
      text: 'Al confirmar, se hace cargo del ticket: se queda con usted al final de su turno y nadie recibe aviso de que está esperando.',
      button: 'Confirmar recepción',
    },
    resolve: {
      title: '¿Marcar este ticket como resuelto?',
      text: 'El ticket se cerrará: deja de contar entre sus tickets abiertos y no se traspasa ni se escala.',
      button: 'Marcar como resuelto',
    },
  },
  summary: {
    ticket: 'Ticket',
    subject: 'Asunto',
    holder: 'A cargo de',
    status: 'Estado',
    noSubject: '(sin asunto)',
  },
  holder: {
    agent: (agent, team) => `el agente ${agent} del equipo ${team}`,
    team: (team) => `el equipo ${team} (su bandeja de entrada)`,
    nobody: 'nadie',
  },
  status: {
    assigned: 'asignado, sin confirmar',
    acknowledged: 'recepción confirmada',
    queued: 'en cola hasta el turno de su equipo',
    resolved: 'resuelto',
  },
  movedTo: (holder) => `Este ticket ahora está a cargo de ${holder}.`,
  results: {
    acknowledged: {
      title: 'Recepción confirmada',
      text: 'Gracias. El ticket se queda con usted: no se traspasará al final de su turno y nadie recibirá aviso de que está esperando.',
    },
    'already-acknowledged': {
      title: 'Recepción ya confirmada',
      text: 'La recepción de este ticket ya se había confirmado; no ha cambiado nada.',
    },
    resolved: {
      title: 'Ticket resuelto',
      text: 'Gracias. El ticket está cerrado y ya no cuenta entre sus tickets abiertos.',
    },
    'already-resolved': {
      title: 'Ya resuelto',
      text: 'Este ticket ya se había resuelto; no ha cambiado nada.',
    },
    moved: {
      title: 'Este enlace ya no sirve',
      text: 'El ticket se traspasó o se reasignó después de enviarse este correo, así que este enlace no cambia nada. Quien lo tiene ahora ha recibido su propio correo.',
    },
    unbound: {
      title: 'Este enlace es de un correo antiguo',
      text: 'Se envió antes de que los enlaces indicaran su destinatario, y el ticket ha cambiado de manos desde entonces, así que no cambia nada. Use los enlaces de un correo de asignación más reciente o pida a un responsable de soporte que use la línea de comandos de sunroute.',
    },
    'invalid-link': {
      title: 'Este enlace no es válido',
      text: 'El enlace está incompleto o se ha modificado. Ábralo de nuevo desde el correo de asignación o pida a un responsable de soporte que use la línea de comandos de sunroute.',
    },
    'expired-link': {
      title: 'Este enlace ha caducado',
      text: 'Los enlaces de los correos de asignación funcionan durante 14 días. Pida a un responsable de soporte que confirme o resuelva el ticket con la línea de comandos de sunroute.',
    },
    'not-found': {
      title: 'Ticket no encontrado',
      text: 'sunroute no tiene este ticket: puede que haya superado su periodo de conservación.',
    },
    'cross-site': {
      title: 'Enviado desde otro sitio',
      text: 'Este botón solo funciona en la página que sunroute muestra para el enlace. Abra de nuevo el enlace desde el correo de asignación.',
    },
    'bad-request': {
      title: 'Formulario no reconocido',
      text: 'La solicitud no contenía el formulario de esta página. Abra de nuevo el enlace desde el correo de asignación.',
    },
    'too-large': {
      title: 'Solicitud demasiado grande',
      text: 'La solicitud es mayor que cualquier formulario de esta página. Abra de nuevo el enlace desde el correo de asignación.',
    },
  },
};
