-- deadlines: what a deadline is in words, as the registering module names it (a message key of that
-- module or plain text), shown on the 督办台 instead of module and rule codes.
alter table deadline add column label varchar(200);
