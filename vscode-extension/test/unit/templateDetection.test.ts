import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  hasTemplateFileName,
  isCloudFormationTemplate,
  looksLikeCloudFormation,
  SNIFF_LIMIT_CHARS,
  TEMPLATE_DOCUMENT_SELECTOR,
} from '../../src/templateDetection';

const YAML_WITH_FORMAT_VERSION = `AWSTemplateFormatVersion: "2010-09-09"
Description: A bucket
Resources:
  Bucket:
    Type: AWS::S3::Bucket
`;

const YAML_RESOURCES_ONLY = `Resources:
  Queue:
    Type: 'AWS::SQS::Queue'
    Properties:
      QueueName: !Sub '\${AWS::StackName}-queue'
`;

const SAM_TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Function:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
`;

const JSON_MINIFIED = '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"T":{"Type":"AWS::SNS::Topic"}}}';

const JSON_RESOURCES_ONLY = `{
  "Resources": {
    "Table": { "Type": "AWS::DynamoDB::Table", "Properties": {} }
  }
}`;

const PLAIN_YAML = `name: build
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: echo "AWS::S3::Bucket is just text here"
`;

const KUBERNETES_MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
`;

const PACKAGE_JSON = `{
  "name": "app",
  "scripts": { "Resources": "echo" },
  "dependencies": {}
}`;

const DOCKER_COMPOSE_WITH_RESOURCES = `services:
  app:
    image: app
    deploy:
      resources:
        limits:
          cpus: "0.5"
`;

describe('looksLikeCloudFormation', () => {
  for (const [name, text] of Object.entries({
    'YAML with AWSTemplateFormatVersion': YAML_WITH_FORMAT_VERSION,
    'YAML with only a Resources map of AWS types': YAML_RESOURCES_ONLY,
    'a SAM template': SAM_TEMPLATE,
    'minified JSON': JSON_MINIFIED,
    'JSON with only a Resources map of AWS types': JSON_RESOURCES_ONLY,
  })) {
    it(`accepts ${name}`, () => assert.equal(looksLikeCloudFormation(text), true));
  }

  for (const [name, text] of Object.entries({
    'a plain YAML file mentioning an AWS type': PLAIN_YAML,
    'a Kubernetes manifest': KUBERNETES_MANIFEST,
    'a package.json with a "Resources" key but no types': PACKAGE_JSON,
    'a docker-compose file with a lowercase resources key': DOCKER_COMPOSE_WITH_RESOURCES,
    'an empty file': '',
  })) {
    it(`rejects ${name}`, () => assert.equal(looksLikeCloudFormation(text), false));
  }

  it('does not look past the sniff limit', () => {
    const padding = `# ${'x'.repeat(SNIFF_LIMIT_CHARS)}\n`;
    assert.equal(looksLikeCloudFormation(padding + YAML_WITH_FORMAT_VERSION), false);
  });
});

describe('hasTemplateFileName', () => {
  for (const fileName of ['/repo/stack.template', '/repo/app.cfn.yaml', '/repo/app.cfn.yml', 'C:\\repo\\APP.CFN.JSON']) {
    it(`accepts ${fileName}`, () => assert.equal(hasTemplateFileName(fileName), true));
  }
  for (const fileName of ['/repo/stack.yaml', '/repo/cfn.yaml', '/repo/template.json', '/repo/app.cfn.yaml.bak']) {
    it(`rejects ${fileName}`, () => assert.equal(hasTemplateFileName(fileName), false));
  }
});

describe('isCloudFormationTemplate', () => {
  const unreadable = (): string => assert.fail('the content should not be read');

  it('accepts a YAML document whose content is a template', () => {
    assert.equal(isCloudFormationTemplate({ fileName: '/repo/stack.yaml', languageId: 'yaml', uriScheme: 'file' }, () => YAML_WITH_FORMAT_VERSION), true);
  });

  it('accepts an unsaved JSON template', () => {
    assert.equal(isCloudFormationTemplate({ fileName: 'Untitled-1', languageId: 'json', uriScheme: 'untitled' }, () => JSON_MINIFIED), true);
  });

  it('accepts a *.template file by name alone, whatever its language', () => {
    assert.equal(isCloudFormationTemplate({ fileName: '/repo/stack.template', languageId: 'plaintext', uriScheme: 'file' }, unreadable), true);
  });

  it('rejects a Kubernetes manifest', () => {
    assert.equal(isCloudFormationTemplate({ fileName: '/repo/deploy.yaml', languageId: 'yaml', uriScheme: 'file' }, () => KUBERNETES_MANIFEST), false);
  });

  it('never reads documents of other languages', () => {
    assert.equal(isCloudFormationTemplate({ fileName: '/repo/notes.md', languageId: 'markdown', uriScheme: 'file' }, unreadable), false);
  });

  it('ignores other schemes such as git diffs, so problems are not reported twice', () => {
    assert.equal(isCloudFormationTemplate({ fileName: '/repo/stack.cfn.yaml', languageId: 'yaml', uriScheme: 'git' }, unreadable), false);
  });
});

describe('TEMPLATE_DOCUMENT_SELECTOR', () => {
  it('covers YAML, JSON and the template file names for saved and unsaved documents', () => {
    for (const scheme of ['file', 'untitled']) {
      const filters = TEMPLATE_DOCUMENT_SELECTOR.filter((filter) => filter.scheme === scheme);
      assert.deepEqual(filters.filter((f) => f.language).map((f) => f.language), ['yaml', 'json', 'jsonc']);
      assert.deepEqual(filters.filter((f) => f.pattern).map((f) => f.pattern), ['**/*.template', '**/*.cfn.yaml', '**/*.cfn.yml', '**/*.cfn.json']);
    }
  });
});
