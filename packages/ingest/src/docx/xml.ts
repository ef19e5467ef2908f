import { DOMParser } from '@xmldom/xmldom';
import { IngestError } from '../errors.js';

/** An element of a parsed OOXML part (xmldom's DOM Level 2 Element). */
export type XmlElement = ReturnType<Document['createElement']>;

/**
 * One OOXML part as a DOM, with `@xmldom/xmldom` (the XML parser mammoth itself uses). A part with a document
 * type declaration is refused before parsing: OOXML parts never carry one (ECMA-376 Part 2 §8.1.4), and it is how
 * entity-expansion attacks ("billion laughs") begin.
 *
 * @throws IngestError MALFORMED when the part declares a DTD or is not XML
 */
export function parseXmlPart(text: string, part: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) {
    throw new IngestError('MALFORMED', `the Word part ${part} declares a DTD or entities, which Office files never do; the file was refused unread`);
  }
  const errors: string[] = [];
  const document = new DOMParser({
    errorHandler: { warning: () => undefined, error: (message: string) => errors.push(message), fatalError: (message: string) => errors.push(message) },
  }).parseFromString(text, 'application/xml');
  const root = document.documentElement;
  if (!root || errors.length > 0 && !root.firstChild) {
    throw new IngestError('MALFORMED', `the Word part ${part} is not well-formed XML; open the file in Word or WPS and save it again`);
  }
  return root as unknown as XmlElement;
}

/** The element children of `element` (in document order), optionally only those named `name` (a qualified name such as `w:p`). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (name === undefined || node.nodeName === name)) found.push(node as unknown as XmlElement);
  }
  return found;
}

/** The first child element named `name`, or null. */
export function firstChild(element: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!element) return null;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && node.nodeName === name) return node as unknown as XmlElement;
  }
  return null;
}

/** The `w:val` (or another) attribute of the first child named `name`, or null. */
export function childValue(element: XmlElement | null | undefined, name: string, attribute = 'w:val'): string | null {
  const child = firstChild(element, name);
  return child && child.hasAttribute(attribute) ? child.getAttribute(attribute) : null;
}

/**
 * A WordprocessingML on/off property (`<w:b/>`, `<w:vanish w:val="0"/>`, ST_OnOff §17.17.4): present without a
 * value or with true/1/on is on.
 */
export function isOn(element: XmlElement | null | undefined, name: string): boolean {
  const child = firstChild(element, name);
  if (!child) return false;
  const value = child.getAttribute('w:val');
  return !value || value === 'true' || value === '1' || value === 'on';
}
