import type { ComponentChildren } from 'preact';

/** Props of Section. */
export interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** A titled group of settings. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="tlo-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p class="tlo-hint">{intro}</p> : null}
      {children}
    </section>
  );
}
