-- 国家学生体质健康标准 (2014年修订): every item's result and score of a student's yearly test, beside the
-- total and rating, which are now the scorer's (docs/fitness.md). Results are kept as the test rules record
-- them: height, weight, runs, 坐位体前屈 and 立定跳远 to 0.1, 肺活量 and the counts whole; an item the grade
-- does not test is null. Rows reported before item results were collected keep only their total and rating.
alter table fitness_result
    add column height_cm             numeric(4, 1),
    add column weight_kg             numeric(4, 1),
    add column vital_capacity_ml     smallint,
    add column run_50m_s             numeric(3, 1),
    add column sit_and_reach_cm      numeric(3, 1),
    add column rope_skip_1min        smallint,
    add column sit_up_1min           smallint,
    add column run_50x8_s            numeric(4, 1),
    add column standing_long_jump_cm numeric(4, 1),
    add column pull_up               smallint,
    add column run_800m_s            numeric(5, 1),
    add column run_1000m_s           numeric(5, 1),
    add column bmi                   numeric(3, 1),
    add column bmi_score             smallint,
    add column vital_capacity_score  smallint,
    add column run_50m_score         smallint,
    add column sit_and_reach_score   smallint,
    add column rope_skip_1min_score  smallint,
    add column sit_up_1min_score     smallint,
    add column run_50x8_score        smallint,
    add column standing_long_jump_score smallint,
    add column pull_up_score         smallint,
    add column run_800m_score        smallint,
    add column run_1000m_score       smallint,
    add column standard_score        numeric(5, 2),
    add column bonus                 smallint check (bonus between 0 and 20),
    add column submission_id         integer;

comment on column fitness_result.total_score is '学年总分 = 标准分 + 附加分, two decimals';
comment on column fitness_result.standard_score is '标准分 = Σ 单项得分 × 权重; null for a row reported as a total only';
comment on column fitness_result.bmi is 'BMI rounded half-up to one decimal, as looked up in the bands';
