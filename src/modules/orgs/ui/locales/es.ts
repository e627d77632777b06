import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  nav: { orgs: 'Organizaciones', orgsHint: 'Los grupos que forman esta red, y cómo añadir el tuyo.' },
  title: 'Organizaciones',
  intro:
    'Los sindicatos, comunidades de fe, grupos vecinales y otros que forman esta red. Las organizaciones verificadas aparecen en la lista pública.',
  kinds: {
    union_local: 'Sección sindical',
    faith: 'Comunidad de fe',
    community: 'Grupo comunitario',
    student: 'Grupo estudiantil',
    legal: 'Apoyo legal',
    other: 'Otra',
  },
  list: {
    title: 'En esta red',
    count: 'Organizaciones: {{count}}',
    waitingCount: 'Esperando verificación: {{count}}',
    none: 'Todavía no hay organizaciones.',
    kind: 'Tipo',
    waiting: 'Esperando verificación',
    verifyHint: 'Al verificar una organización, aparece en la lista pública. Antes comprueba que existe y que alguien de ella lo sabe.',
    verify: 'Verificar',
    verifyFor: 'Verificar {{name}}',
    verified: '{{name}} está verificada y ya aparece en la lista pública.',
  },
  form: {
    title: 'Añadir una organización',
    intro:
      'Aparecerá en la lista pública solo después de que un organizador la verifique. Hasta entonces, solo la ven los miembros que han sido avalados.',
    nameLabel: 'Nombre',
    nameHint: 'Como se llama a sí misma la organización: de 2 a 120 caracteres.',
    kindLabel: 'Tipo',
    kindChoose: 'Elige un tipo',
    descriptionLabel: 'Descripción (opcional)',
    descriptionHint:
      'Qué hace, en una o dos frases (hasta 1000 caracteres). Será pública: sin nombres de personas, direcciones ni lugares de reunión.',
    submit: 'Añadir organización',
    added: 'Se añadió {{name}}. Espera a que un organizador la verifique.',
  },
  notTrusted: 'Cuando otros miembros te avalen, podrás añadir una organización aquí.',
};
