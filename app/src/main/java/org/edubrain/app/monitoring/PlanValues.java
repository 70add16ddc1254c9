package org.edubrain.app.monitoring;

import java.util.List;

import org.edubrain.core.plan.Plan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads computed indicator values. */
@Service
public class PlanValues {

    /** One indicator's value for an org unit and year, as computed. */
    public record Value(String indicator, Double value, Double numerator, Double denominator, Double completeness,
            Double expected, String status, Double requiredPerYear, Double forecast, Double forecastLower,
            Double forecastUpper, int year, int orgUnitId) {
    }

    private final JdbcClient jdbc;

    PlanValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean computed(String planCode) {
        return jdbc.sql("select exists (select 1 from indicator_value where plan_code = :p)").param("p", planCode)
                .query(Boolean.class).single();
    }

    public List<Value> values(Plan plan, int orgUnitId, int year) {
        return jdbc.sql("""
                select indicator, value, numerator, denominator, completeness, expected, status, required_per_year,
                       forecast, forecast_lower, forecast_upper, year, org_unit_id
                from indicator_value where plan_code = :p and org_unit_id = :o and year = :y
                """).param("p", plan.code()).param("o", orgUnitId).param("y", year).query(Value.class).list();
    }

    /** The series of one indicator for one org unit. */
    public List<Value> series(Plan plan, String indicator, int orgUnitId) {
        return jdbc.sql("""
                select indicator, value, numerator, denominator, completeness, expected, status, required_per_year,
                       forecast, forecast_lower, forecast_upper, year, org_unit_id
                from indicator_value where plan_code = :p and indicator = :i and org_unit_id = :o order by year
                """).param("p", plan.code()).param("i", indicator).param("o", orgUnitId).query(Value.class).list();
    }

    /** One indicator in one year for every org unit evaluated. */
    public List<Value> acrossUnits(Plan plan, String indicator, int year) {
        return jdbc.sql("""
                select indicator, value, numerator, denominator, completeness, expected, status, required_per_year,
                       forecast, forecast_lower, forecast_upper, year, org_unit_id
                from indicator_value where plan_code = :p and indicator = :i and year = :y
                """).param("p", plan.code()).param("i", indicator).param("y", year).query(Value.class).list();
    }

    public List<Integer> years(Plan plan) {
        return jdbc.sql("select distinct year from indicator_value where plan_code = :p order by year")
                .param("p", plan.code()).query(Integer.class).list();
    }
}
