-- What 《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号) needs beyond the registry so far
-- (docs/supervision.md): the floor area of teaching and auxiliary rooms and the part of it (and of
-- the sports area) that is indoor sports rooms; a teacher's backbone title.

alter table facility
    add column teaching_aux_area_m2  numeric(12, 1) check (teaching_aux_area_m2 >= 0),
    add column indoor_sports_area_m2 numeric(12, 1) check (indoor_sports_area_m2 >= 0),
    add constraint facility_indoor_sports_within check (indoor_sports_area_m2 <= teaching_aux_area_m2
                                                        and indoor_sports_area_m2 <= sports_area_m2);

comment on column facility.teaching_aux_area_m2 is '教学及辅助用房面积 (m²), indoor sports rooms included, as the statistical form counts them';
comment on column facility.indoor_sports_area_m2 is '室内体育用房面积 (m²): part of teaching_aux_area_m2 and of sports_area_m2 (场馆)';

alter table teacher_assignment
    add column backbone_level text check (backbone_level in ('county', 'city', 'province', 'national'));

comment on column teacher_assignment.backbone_level is '骨干教师 title by awarding level; 县级以上骨干教师 = any of them';
