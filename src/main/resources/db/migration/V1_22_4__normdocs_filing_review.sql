-- normdocs: the filing body's review result (备案审查) and a correction it asks for, tracked to its deadline.
alter table document_filing add column review_result varchar(30);
alter table document_filing add column review_received_on date;
alter table document_filing add column review_opinion varchar(2000);
alter table document_filing add column correction_due_on date;
alter table document_filing add column correction_deadline_id bigint;
alter table document_filing add column corrected_on date;
alter table document_filing add column correction_note varchar(2000);
