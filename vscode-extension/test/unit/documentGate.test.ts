import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TemplateDocumentGate } from '../../src/documentGate';

const TEMPLATE = (): boolean => true;
const NOT_TEMPLATE = (): boolean => false;

describe('TemplateDocumentGate', () => {
  it('forwards a template through its whole life', () => {
    const gate = new TemplateDocumentGate();
    assert.equal(gate.onOpen('file:///a.yaml', TEMPLATE), 'forward');
    assert.equal(gate.isAdmitted('file:///a.yaml'), true);
    assert.equal(gate.onChange('file:///a.yaml', NOT_TEMPLATE), 'forward');
    assert.equal(gate.onClose('file:///a.yaml'), 'forward');
    assert.equal(gate.isAdmitted('file:///a.yaml'), false);
  });

  it('keeps other documents from the server', () => {
    const gate = new TemplateDocumentGate();
    assert.equal(gate.onOpen('file:///k8s.yaml', NOT_TEMPLATE), 'drop');
    assert.equal(gate.onChange('file:///k8s.yaml', NOT_TEMPLATE), 'drop');
    assert.equal(gate.onClose('file:///k8s.yaml'), 'drop');
  });

  it('opens a document on the server once an edit makes it a template', () => {
    const gate = new TemplateDocumentGate();
    assert.equal(gate.onOpen('untitled:Untitled-1', NOT_TEMPLATE), 'drop');
    assert.equal(gate.onChange('untitled:Untitled-1', TEMPLATE), 'open');
    assert.equal(gate.onChange('untitled:Untitled-1', TEMPLATE), 'forward');
    assert.equal(gate.onClose('untitled:Untitled-1'), 'forward');
  });

  it('does not sniff documents it already admitted', () => {
    const gate = new TemplateDocumentGate();
    gate.onOpen('file:///a.yaml', TEMPLATE);
    assert.equal(gate.onChange('file:///a.yaml', () => assert.fail('should not sniff')), 'forward');
  });
});
