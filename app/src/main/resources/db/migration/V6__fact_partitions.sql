-- Facts partitioned by data element, one partition per data set (FactDerivation.ELEMENTS_OF). A
-- full computation builds each data set's next partition beside the one in force, on several
-- connections at once, and swaps them in one short transaction; facts that are not derived (an
-- element with no partition of its own) stay in the default partition, untouched by it.
alter table fact rename to fact_before_v6;
alter index fact_element_year rename to fact_before_v6_element_year;
alter index fact_institution rename to fact_before_v6_institution;

create table fact (
    element        text             not null,
    year           smallint         not null,
    district_id    integer          not null default 0,
    zone_id        integer          not null default 0,
    institution_id integer          not null default 0,
    dims           text[]           not null,
    value          double precision not null
) partition by list (element);
-- the partition is the element's data set: one index, for the changes of some institutions
create index fact_institution on fact (institution_id, year);
create table fact_default partition of fact default;
comment on table fact is 'derived from the registry by edubrain compute (and incrementally after changes); never edited by hand';

insert into fact select * from fact_before_v6;
drop table fact_before_v6;
