-- enforcement at province scale (millions of cases over hundreds of agencies):
-- an officer's case list is one agency's cases newest first: walked backwards on (agency_id, opened_on, id)
-- and stopped after the page, instead of walking every agency's cases by date and filtering;
-- the metrics read the cases recorded here (not imported) decided in a year: (agency_id, imported, decided_on)
-- leaves the imported ones unread.
create index ix_enforcement_case_agency_list on enforcement_case (agency_id, opened_on, id);
create index ix_enforcement_case_recorded on enforcement_case (agency_id, imported, decided_on);
