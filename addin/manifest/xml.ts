/**
 * A very small XML writer: elements as data, rendered with two-space indentation and escaped
 * attribute values. Enough for a manifest; no mixed content.
 */

/** An element: its name, attributes in order, and either child elements or a text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly XmlElement[];
  readonly text?: string;
}

/**
 * An element with attributes (in the given order) and children.
 *
 * @example element('Set', { Name: 'SharedRuntime', MinVersion: '1.1' }) // <Set Name="SharedRuntime" MinVersion="1.1"/>
 */
export function element(name: string, attributes: Readonly<Record<string, string>> = {}, children: readonly XmlElement[] = []): XmlElement {
  return { name, attributes: Object.entries(attributes), children };
}

/**
 * An element holding only text.
 *
 * @example textElement('Permissions', 'ReadWriteDocument') // <Permissions>ReadWriteDocument</Permissions>
 */
export function textElement(name: string, text: string): XmlElement {
  return { name, attributes: [], children: [], text };
}

/**
 * Text made safe for a double-quoted attribute value or element content (an apostrophe needs no
 * escaping there).
 *
 * @example escapeXml(`Tom & "Jerry" <3`) // 'Tom &amp; &quot;Jerry&quot; &lt;3'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A whole document: the UTF-8 declaration, then the root element, one element per line.
 *
 * @example renderXmlDocument(element('a')) // '<?xml version="1.0" encoding="UTF-8"?>\n<a/>\n'
 */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, 0)}`;
}

function renderElement(node: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = node.attributes.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
  if (node.text !== undefined) return `${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>\n`;
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>\n`;
  const inner = node.children.map((child) => renderElement(child, depth + 1)).join('');
  return `${indent}<${node.name}${attributes}>\n${inner}${indent}</${node.name}>\n`;
}
