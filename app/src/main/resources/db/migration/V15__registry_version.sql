-- the registry's own counter beside data_version.version: bumped by writes to the registry (imports,
-- the demo load, the city's hierarchy) and not by computations over it (plan monitoring), so that
-- work that depends on the registry alone (the county evaluations) runs again only when it changed
alter table data_version add column registry_version bigint not null default 0;
