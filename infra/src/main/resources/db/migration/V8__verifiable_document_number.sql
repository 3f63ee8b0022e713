-- A document with a single signer had its number recorded before its verification code, when the
-- table had no row for it yet: its number was lost and public verification showed none. Fill it in
-- from the document's DocumentNumberedEvent (the workflow now records the code first).
UPDATE verifiable_document v
SET number_text = numbered.number_text
FROM (SELECT aggregateidentifier AS document_id,
             convert_from(payload, 'UTF8')::jsonb -> 'number' ->> 'text' AS number_text
      FROM domainevententry
      WHERE payloadtype = 'pe.ceropapel.api.document.DocumentNumberedEvent') numbered
WHERE v.document_id = numbered.document_id
  AND v.number_text IS NULL;
