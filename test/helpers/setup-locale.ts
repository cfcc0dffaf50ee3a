// Unit tests call modules directly, not through `run`: they speak English, as `run` would with no locale set.
import { useLocale } from '../../src/ui/i18n/index.js';

await useLocale({});
