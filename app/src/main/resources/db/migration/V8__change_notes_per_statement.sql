-- The notes of what changed in the registry (registry_change) written once per statement from its
-- transition tables instead of once per row: an import of a million enrolments then costs one
-- INSERT … SELECT, not a million trigger calls. A note of the learners is written only when a
-- statement changed a row (it asks for every fact to be derived again).

drop trigger enrolment_changed on enrolment;
drop trigger teacher_assignment_changed on teacher_assignment;
drop trigger fitness_result_changed on fitness_result;
drop trigger school_class_changed on school_class;
drop trigger facility_changed on facility;
drop trigger learner_changed on learner;
drop function note_enrolment_change();
drop function note_year_institution_change();

create function note_enrolment_rows() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into registry_change (table_name, school_year, institution_id, learner_id)
        select 'enrolment', school_year, institution_id, learner_id from old_rows;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into registry_change (table_name, school_year, institution_id, learner_id)
        select 'enrolment', school_year, institution_id, learner_id from new_rows;
    end if;
    return null;
end $$;
create trigger enrolment_inserted after insert on enrolment referencing new table as new_rows
    for each statement execute function note_enrolment_rows();
create trigger enrolment_updated after update on enrolment referencing old table as old_rows new table as new_rows
    for each statement execute function note_enrolment_rows();
create trigger enrolment_deleted after delete on enrolment referencing old table as old_rows
    for each statement execute function note_enrolment_rows();

create function note_year_institution_rows() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into registry_change (table_name, school_year, institution_id)
        select distinct tg_table_name, school_year, institution_id from old_rows;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into registry_change (table_name, school_year, institution_id)
        select distinct tg_table_name, school_year, institution_id from new_rows;
    end if;
    return null;
end $$;

do $$
declare t text;
begin
    foreach t in array array['teacher_assignment', 'fitness_result', 'school_class', 'facility'] loop
        execute format('create trigger %1$s_inserted after insert on %1$s referencing new table as new_rows '
                       'for each statement execute function note_year_institution_rows()', t);
        execute format('create trigger %1$s_updated after update on %1$s referencing old table as old_rows '
                       'new table as new_rows for each statement execute function note_year_institution_rows()', t);
        execute format('create trigger %1$s_deleted after delete on %1$s referencing old table as old_rows '
                       'for each statement execute function note_year_institution_rows()', t);
    end loop;
end $$;

create function note_learner_rows() returns trigger language plpgsql as $$
begin
    insert into registry_change (table_name) select 'learner' where exists (select 1 from new_rows);
    return null;
end $$;
create trigger learner_updated after update on learner referencing new table as new_rows
    for each statement execute function note_learner_rows();
