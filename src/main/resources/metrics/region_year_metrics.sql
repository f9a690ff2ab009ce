-- region_year_metrics: the roll-ups by province and by city (region_level), one row per region, level, reporter type and year.
SELECT * FROM rollups WHERE region_level IN ('province', 'city') AND region_code IS NOT NULL
