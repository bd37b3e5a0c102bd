/**
 * A data-* attribute that the markup writes and a browser script reads, named in one place
 * (this folder), so a rename is one edit and a value the script does not expect is a type error
 * in the component that writes it. Components spread `props(…)` into JSX; scripts find elements
 * with `selector(…)` and read them with `read(…)`, never by a literal name.
 */
export type DataAttributeName = `data-${string}`;

export interface DataAttribute<Value extends string> {
  readonly name: DataAttributeName;
  /** The attribute as JSX props, e.g. <div {...attribute.props(value)}>. */
  props(value: Value): Readonly<Record<DataAttributeName, Value>>;
  /** A CSS selector for the elements carrying it, with this value if one is given. */
  selector(value?: Value): string;
  /** The element's value, if it carries the attribute with a value this attribute allows. */
  read(element: Element): Value | undefined;
}

/** An attribute whose value is one of a fixed list (an enhancer's name, a button's action), or any text if no list is given. */
export function dataAttribute<const Values extends readonly string[]>(name: DataAttributeName, values?: Values): DataAttribute<Values[number]>;
export function dataAttribute(name: DataAttributeName): DataAttribute<string>;
export function dataAttribute(name: DataAttributeName, values?: readonly string[]): DataAttribute<string> {
  const allowed = values && new Set(values);
  return {
    name,
    props: (value) => ({ [name]: value }),
    selector: (value) => (value === undefined ? `[${name}]` : `[${name}="${value}"]`),
    read: (element) => {
      const value = element.getAttribute(name);
      return value !== null && (!allowed || allowed.has(value)) ? value : undefined;
    },
  };
}

/** An attribute that marks an element and carries nothing (the results list, a part never highlighted). */
export interface DataMark {
  readonly name: DataAttributeName;
  readonly props: Readonly<Record<DataAttributeName, ''>>;
  readonly selector: string;
}

export function dataMark(name: DataAttributeName): DataMark {
  return { name, props: { [name]: '' }, selector: `[${name}]` };
}
