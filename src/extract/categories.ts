/**
 * A first guess at an event's timeline lane from words in its clause. It only proposes: the
 * author confirms. Stems are normalized spellings (see normalize.ts); the first lane whose stem
 * occurs wins, in the order below (a summit is diplomacy too, but its own lane).
 */
import type { Category } from '../model/schema';
import { normalize } from './normalize';

// prettier-ignore
const STEMS: readonly (readonly [Category, readonly string[]])[] = [
  ['summit', ['قمه', 'القمه']],
  ['health', ['الصحه', 'صحيه', 'لقاح', 'كوفيد', 'كورونا', 'الجائحه', 'وباء', 'مستشفي', 'الحجاج', 'مرض']],
  ['sport', ['مباراه', 'المباراه', 'كاس', 'الدوري', 'المنتخب', 'لاعب', 'البطوله', 'الفريق', 'مدرب', 'تتويج', 'توج']],
  ['culture', ['مهرجان', 'المهرجان', 'مسرح', 'ثقافي', 'الفنان', 'الفنون', 'معرض', 'العروض', 'رواي']],
  ['economy', ['اقتصاد', 'التضخم', 'الفائده', 'البنك', 'استثمار', 'التجاره', 'الصادرات', 'العجز', 'الناتج', 'الاسعار', 'الجنيه', 'الدولار']],
  ['security', ['الامن', 'ارهاب', 'الارهاب', 'عسكري', 'الجيش', 'هجوم', 'حرب', 'الحرب']],
  ['diplomacy', ['دبلوماسي', 'العلاقات', 'سفير', 'سفراء', 'الخارجيه', 'محادثه', 'زياره', 'الوساطه']],
  ['politics', ['انتخاب', 'الانتخابات', 'الحكومه', 'البرلمان', 'حزب', 'الرئاسه']],
];

/** The lane a clause suggests, or "other". */
export function guessCategory(clause: string): Category {
  const text = normalize(clause).text;
  // One attached clitic is dropped so that «والتجارة» finds «التجاره».
  const words = new Set(text.split(/[^\p{L}]+/u).flatMap((w) => [w, w.replace(/^[وفبلك]/u, '')]));
  for (const [category, stems] of STEMS) {
    if (stems.some((stem) => words.has(stem) || (stem.length >= 5 && text.includes(stem))))
      return category;
  }
  return 'other';
}
