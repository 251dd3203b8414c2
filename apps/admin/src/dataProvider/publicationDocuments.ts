// The publication outbox page's documents (issue 16, docs/publication.md): documents with their state per
// receiver, receivers, the delivery log, re-send.
const RECEIVER = 'id name url authHeaderName hasAuthHeader kinds active deliveredSeq failures nextAttemptAt lastError pending createdAt';

export const PUBLICATION_OUTBOX = /* GraphQL */ `query PublicationOutbox($kind: String, $subjectKey: String, $page: Int, $perPage: Int) {
  publicationKinds
  publicationReceivers { ${RECEIVER} }
  publicationDocuments(kind: $kind, subjectKey: $subjectKey, page: $page, perPage: $perPage) {
    total
    documents { id seq kind schemaVersion subjectKey entity occurredAt document deliveries { receiverId receiverName state } }
  }
}`;
export const PUBLICATION_DELIVERY_LOG = /* GraphQL */ `query PublicationDeliveryLog($receiverId: ID, $documentId: ID, $take: Int) {
  publicationDeliveryLog(receiverId: $receiverId, documentId: $documentId, take: $take) { id at ok statusCode error durationMs receiverName documentId documentSeq kind }
}`;
export const CREATE_PUBLICATION_RECEIVER = /* GraphQL */ `mutation CreatePublicationReceiver($name: String!, $url: String!, $authHeaderName: String, $authHeaderValue: String, $kinds: [String!]!, $active: Boolean, $fromStart: Boolean) {
  createPublicationReceiver(name: $name, url: $url, authHeaderName: $authHeaderName, authHeaderValue: $authHeaderValue, kinds: $kinds, active: $active, fromStart: $fromStart) { id }
}`;
export const UPDATE_PUBLICATION_RECEIVER = /* GraphQL */ `mutation UpdatePublicationReceiver($id: ID!, $name: String, $url: String, $authHeaderName: String, $authHeaderValue: String, $kinds: [String!], $active: Boolean) {
  updatePublicationReceiver(id: $id, name: $name, url: $url, authHeaderName: $authHeaderName, authHeaderValue: $authHeaderValue, kinds: $kinds, active: $active) { id }
}`;
export const DELETE_PUBLICATION_RECEIVER = /* GraphQL */ `mutation DeletePublicationReceiver($id: ID!) { deletePublicationReceiver(id: $id) }`;
export const RESEND_PUBLICATION_DOCUMENT = /* GraphQL */ `mutation ResendPublicationDocument($documentId: ID!, $receiverId: ID!) {
  resendPublicationDocument(documentId: $documentId, receiverId: $receiverId) { id pending }
}`;
