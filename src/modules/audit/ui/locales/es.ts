import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  nav: { audit: 'Registro de auditoría', auditHint: 'Quién hizo qué y cuándo: para administradores.' },
  title: 'Registro de auditoría',
  intro:
    'Cada cambio en la red, del más reciente al más antiguo. Guarda identificadores y roles de miembros, nunca direcciones ni dispositivos.',
  caption: 'Entradas del registro de auditoría, las más recientes primero',
  columns: { at: 'Hora', member: 'Miembro', roles: 'Roles', action: 'Acción', object: 'Objeto' },
  system: 'Sistema',
  empty: 'Todavía no hay nada registrado.',
  loadMore: 'Cargar más',
  loadingMore: 'Cargando más entradas…',
};
