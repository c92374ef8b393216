/** English messages of the model-fidelity features (money before/after the fault discount, service availability). */
import type { zhModels } from './messagesModels.zh.ts';

export const enModels: Record<keyof typeof zhModels, string> = {
  'money.billBand': 'Monthly bill before and after the fault discount (P5–P95)',
  'money.billBandCaption':
    'Incl. VAT. "After the fault discount" is what is paid: each month carries its share of its installment’s clause 2.2.4 discount, and these months add up to the term total. Bands P5–P95, lines the median.',
  'money.seriesAfterDiscount': 'After fault discount (paid)',
  'money.seriesBeforeDiscount': 'Before fault discount',
};
