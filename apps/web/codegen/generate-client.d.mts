export const OUTPUT: string;
export function generateClient(schemaText: string, documents: { file: string; text: string }[]): string;
export function generateFromDisk(): string;
