-- Version 3: composite and specialised indexes.
CREATE INDEX IF NOT EXISTS idx_decisions_type_time ON coordinator_decisions(decision_type, timestamp);
CREATE INDEX IF NOT EXISTS idx_sessions_status_start ON charging_sessions(status, start_time);
CREATE INDEX IF NOT EXISTS idx_selling_status_start ON battery_selling_sessions(status, start_time);
CREATE INDEX IF NOT EXISTS idx_price_forecast_date ON price_forecasts(forecast_date, hour);
CREATE INDEX IF NOT EXISTS idx_pv_forecast_date ON pv_forecasts(forecast_date, hour);
CREATE INDEX IF NOT EXISTS idx_energy_timestamp_soc ON energy_data(timestamp, battery_soc);
CREATE INDEX IF NOT EXISTS idx_state_timestamp_state ON system_state(timestamp, state);
CREATE INDEX IF NOT EXISTS idx_weather_source_time ON weather_data(source, timestamp);
INSERT INTO schema_version (version, description)
VALUES (3, 'Add composite and specialized indexes for query optimization');
