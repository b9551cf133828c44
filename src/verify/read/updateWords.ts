// Words for a value after and before an update, and for a gradient, in the languages of the pages read (accents dropped, other scripts spelt in Latin letters by canonicalName).

/** Words for the value after the update (English new/updated/next are the network's own names: engine-name). */
// (accents dropped, other scripts spelt new and old when the name is read: mới → moi, 新 → new, новый → new)
export const NEW = new Set(['new', 'neu', 'neue', 'neuer', 'nuevo', 'nueva', 'novo', 'nova', 'nouveau', 'nouvelle', 'nouvel', 'nuovo', 'nuova', 'actualizado', 'atualizado', 'aktualisiert', 'moi', 'yeni', 'nowy', 'nowa', 'nieuw', 'nieuwe', 'ny', 'nya', 'uusi']);
/** Words for the value before it. */
export const OLD = new Set(['old', 'alt', 'alte', 'alter', 'viejo', 'vieja', 'anterior', 'antiguo', 'antigo', 'ancien', 'ancienne', 'vecchio', 'vecchia', 'prev', 'previous', 'cu', 'eski', 'stary', 'oud', 'oude', 'gammal']);

/** Words for the gradient (case aside). */
export const GRADIENT_WORD = /^(?:grad|gradient|gradients|gradiente|gradienten|gradiant)$/i;
