import { JsonParser } from '@croct/json5-parser';

/** Parses JSON5 text (as the Gateway would) into plain values, for assertions. */
export function parseJson5(text: string): any {
  return JsonParser.parse(text).toJSON();
}
