-- litigation: whether a suit is about 政府信息公开 (set on the suit form), so that Table 四 of the disclosure
-- annual report counts the suits instead of asking for them.
alter table litigation_case add column disclosure_subject boolean not null default false;
create index ix_litigation_case_disclosure on litigation_case (unit_id, disclosure_subject, filed_on);
