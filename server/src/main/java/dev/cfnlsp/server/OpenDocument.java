package dev.cfnlsp.server;

/** The text of an open document at one version, as the client last sent it. */
record OpenDocument(String uri, int version, String text) {
}
