import { t } from '../../lib/i18n';

/** Props of the similarity meter. */
export interface SimilarityMeterProps {
  /** 0..1: share of the letter that is template text. */
  value: number;
}

/**
 * A gentle meter: how much of the letter is the reader's own words. Encourages, never blocks
 * (some people need a template).
 */
export function SimilarityMeter({ value }: SimilarityMeterProps) {
  const own = Math.round((1 - value) * 100);
  const level = own >= 30 ? 'good' : own >= 10 ? 'some' : 'template';
  return (
    <div class={`tlc-meter tlc-meter--${level}`}>
      <label class="tlc-small" for="tlc-meter">
        {t('composer_own_words', { percent: own })}
      </label>
      <meter id="tlc-meter" min={0} max={100} low={10} high={30} optimum={100} value={own} />
      <span class="tlc-small tlc-muted">{t(`composer_own_words_${level}`)}</span>
    </div>
  );
}
