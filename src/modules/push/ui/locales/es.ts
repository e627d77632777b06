import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  toggle: {
    label: 'Avisarme cuando la aplicación esté cerrada',
    hint: 'Para alertas en tus zonas, este dispositivo mostrará «Whistle – Abre la aplicación». El aviso no dice nada más: abre la aplicación para leer la alerta.',
    on: 'Los avisos están activados en este dispositivo.',
    off: 'Los avisos están desactivados en este dispositivo.',
    unsupported:
      'Este navegador no puede avisarte con la aplicación cerrada. En un iPhone, primero añade Whistle a la pantalla de inicio y ábrela desde allí.',
    blocked: 'Los avisos están bloqueados para este sitio. Permítelos en la configuración del sitio del navegador y vuelve aquí.',
    notAllowed: 'No se permitieron los avisos; no cambió nada.',
  },
};
