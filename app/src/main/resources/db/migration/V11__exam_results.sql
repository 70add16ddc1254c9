-- 学业水平测试成绩: students' exam results, one row per student, school year and subject, as the data set
-- exam_results submits them (docs/collection.md). They feed value-added evaluation (增值评价,
-- docs/valueadded.md): the subjects are coded as the SGP long format's CONTENT_AREA, and only the grades
-- tested for it, 小学三年级 to 初中三年级, are kept.
-- The demo city carries three years of them (DemoTable.EXAM_RESULT).
create table exam_result (
    school_year    smallint     not null,
    learner_id     integer      not null references learner (id),
    institution_id integer      not null references institution (id),
    grade          varchar(2)   not null check (grade in ('P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3')),
    subject        text         not null check (subject in ('MATHEMATICS', 'READING')),
    scale_score    numeric(5, 1) not null check (scale_score between 0 and 1000),
    submission_id  integer,
    primary key (school_year, learner_id, subject)
);
comment on table exam_result is '学业水平测试成绩: a student''s scale score in one subject in one school year (value-added evaluation, 增值评价)';
comment on column exam_result.school_year is '学年 by its first year: 2024 is 2024–2025';
comment on column exam_result.learner_id is 'learner (id) tested, matched on 全国学籍号 at import';
comment on column exam_result.institution_id is 'institution (id): the school the learner was enrolled in and tested in that school year';
comment on column exam_result.grade is 'grade when tested: P3–P6 (小学三年级至六年级), J1–J3 (初中一至三年级)';
comment on column exam_result.subject is 'MATHEMATICS 数学, READING 语文 (SGP CONTENT_AREA)';
comment on column exam_result.scale_score is '量表分, 0–1000, one decimal';
comment on column exam_result.submission_id is 'the submission (数据报送) that last wrote the row';
-- no index beside the key: the imports match on the key, the growth computation reads whole years
