import type { ComponentPropsWithoutRef, ElementType, ReactNode } from "react";

const TONES = {
  plain: "border-slate-200 bg-white shadow-sm",
  muted: "border-slate-200 bg-slate-50",
  warning: "border-amber-300 bg-amber-50",
} as const;

const PADDING = { none: "", sm: "p-3", md: "p-4", lg: "p-5" } as const;

type CardProps<T extends ElementType> = {
  /** The element: a `section` (with a heading), an `article`, a `li`, a `form`… (default `div`). */
  as?: T;
  tone?: keyof typeof TONES;
  padding?: keyof typeof PADDING;
  className?: string;
  children?: ReactNode;
} & Omit<ComponentPropsWithoutRef<T>, "as" | "className" | "children">;

/** The card's classes, for an element that cannot be a `Card` (a list whose rows are written as text). */
export function cardClass({
  tone = "plain",
  padding = "md",
  className = "",
}: {
  tone?: keyof typeof TONES;
  padding?: keyof typeof PADDING;
  className?: string;
}): string {
  return `rounded-lg border ${TONES[tone]} ${PADDING[padding]} ${className}`.trim();
}

/** A white box with a border: the one home of the app's card look. */
export function Card<T extends ElementType = "div">({
  as,
  tone = "plain",
  padding = "md",
  className = "",
  children,
  ...rest
}: CardProps<T>) {
  const Tag: ElementType = as ?? "div";
  return (
    <Tag className={cardClass({ tone, padding, className })} {...rest}>
      {children}
    </Tag>
  );
}
