/**
 * Orders names as an English reader expects ("Côte d'Ivoire" beside "Costa Rica"). One collator
 * for every sort: `localeCompare` builds its comparison anew on each call, and sorting the
 * region lists with it took a tenth of the home page's hydration.
 * @example ['Cuba', 'Côte d’Ivoire', 'Costa Rica'].sort(compareNames) // ['Costa Rica', 'Côte d’Ivoire', 'Cuba']
 */
export const compareNames = new Intl.Collator('en').compare;
