// Checks a template.json against the format LSP4IJ documents and parses
// (docs/UserDefinedLanguageServerTemplate.md and its template deserializer).
'use strict';

// The OS keys LSP4IJ looks up in programArgs, falling back to "default".
const OS_KEYS = ['default', 'windows', 'mac', 'unix'];

const isString = (v) => typeof v === 'string';
const isNonEmptyString = (v) => isString(v) && v.trim() !== '';
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function checkProgramArgs(programArgs, errors) {
  if (!isObject(programArgs)) {
    errors.push('programArgs must be an object of OS key -> command line');
    return;
  }
  if (!isNonEmptyString(programArgs.default)) {
    errors.push('programArgs.default must be a non-empty string');
  }
  for (const [key, value] of Object.entries(programArgs)) {
    if (!OS_KEYS.includes(key)) errors.push(`programArgs.${key} is not an OS key LSP4IJ reads (${OS_KEYS.join(', ')})`);
    if (!isNonEmptyString(value)) errors.push(`programArgs.${key} must be a non-empty string`);
  }
}

function checkFileTypeMapping(mapping, where, errors) {
  if (!isObject(mapping)) return errors.push(`${where} must be an object`);
  const { fileType, languageId } = mapping;
  if (!isObject(fileType)) return errors.push(`${where}.fileType must be an object`);
  if (fileType.name !== undefined && !isNonEmptyString(fileType.name)) errors.push(`${where}.fileType.name must be a string`);
  if (fileType.patterns !== undefined) {
    if (!Array.isArray(fileType.patterns) || !fileType.patterns.every(isNonEmptyString)) {
      errors.push(`${where}.fileType.patterns must be an array of strings`);
    }
  }
  if (fileType.name === undefined && !(fileType.patterns || []).length) {
    errors.push(`${where}.fileType needs a name or patterns`);
  }
  // Older LSP4IJ releases drop mappings that have no languageId.
  if (!isNonEmptyString(languageId)) errors.push(`${where}.languageId must be a non-empty string`);
}

function checkLanguageMapping(mapping, where, errors) {
  if (!isObject(mapping)) return errors.push(`${where} must be an object`);
  if (!isNonEmptyString(mapping.language)) errors.push(`${where}.language must be a non-empty string`);
  if (!isNonEmptyString(mapping.languageId)) errors.push(`${where}.languageId must be a non-empty string`);
}

function checkMappingList(template, key, checkOne, errors) {
  const list = template[key];
  if (list === undefined) return;
  if (!Array.isArray(list)) return errors.push(`${key} must be an array`);
  list.forEach((m, i) => checkOne(m, `${key}[${i}]`, errors));
}

/** Returns the list of problems; empty when the template is well-formed. */
function validateTemplate(template) {
  const errors = [];
  if (!isObject(template)) return ['template must be a JSON object'];
  if (template.id !== undefined && !isNonEmptyString(template.id)) errors.push('id must be a non-empty string');
  if (!isNonEmptyString(template.name)) errors.push('name must be a non-empty string');
  checkProgramArgs(template.programArgs, errors);
  checkMappingList(template, 'fileTypeMappings', checkFileTypeMapping, errors);
  checkMappingList(template, 'languageMappings', checkLanguageMapping, errors);
  const mappings = (template.fileTypeMappings || []).length + (template.languageMappings || []).length;
  if (mappings === 0) errors.push('the template maps no files to the server');
  return errors;
}

module.exports = { validateTemplate, OS_KEYS };
