-- The coordinator's database as schema version 1 creates it (storage reference, sections 2.1-2.10).
-- Written from the reference: table shapes never change after version 1; later versions only add
-- indexes (3) and energy_data columns (4). Timestamps are TEXT; created_at defaults to UTC.

CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT DEFAULT CURRENT_TIMESTAMP,
    description TEXT
);

CREATE TABLE IF NOT EXISTS energy_data (
    timestamp TEXT PRIMARY KEY,
    battery_soc REAL,
    pv_power INTEGER,
    grid_power INTEGER,
    house_consumption INTEGER,
    battery_power INTEGER,
    grid_voltage REAL,
    grid_frequency REAL,
    battery_voltage REAL,
    battery_current REAL,
    battery_temperature REAL,
    price_pln REAL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS system_state (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp TEXT NOT NULL,
    state TEXT,
    uptime REAL,
    active_modules TEXT,
    last_error TEXT,
    metrics TEXT,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS coordinator_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp TEXT NOT NULL,
    decision_type TEXT,
    action TEXT,
    reason TEXT,
    parameters TEXT,
    source_module TEXT,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS charging_sessions (
    session_id TEXT PRIMARY KEY,
    start_time TEXT NOT NULL,
    end_time TEXT,
    target_soc INTEGER,
    energy_kwh REAL,
    cost_pln REAL,
    status TEXT,
    avg_price REAL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS battery_selling_sessions (
    session_id TEXT PRIMARY KEY,
    start_time TEXT NOT NULL,
    end_time TEXT,
    energy_sold_kwh REAL,
    revenue_pln REAL,
    avg_price REAL,
    status TEXT,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS weather_data (
    timestamp TEXT NOT NULL PRIMARY KEY,
    source TEXT,
    temperature REAL,
    humidity REAL,
    pressure REAL,
    wind_speed REAL,
    wind_direction REAL,
    cloud_cover REAL,
    solar_irradiance REAL,
    precipitation REAL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS price_forecasts (
    timestamp TEXT NOT NULL,
    forecast_date TEXT NOT NULL,
    hour INTEGER,
    price_pln REAL,
    source TEXT,
    confidence REAL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (forecast_date, hour, source)
);

CREATE TABLE IF NOT EXISTS pv_forecasts (
    timestamp TEXT NOT NULL,
    forecast_date TEXT NOT NULL,
    hour INTEGER,
    predicted_power_w REAL,
    source TEXT,
    confidence REAL,
    weather_conditions TEXT,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (forecast_date, hour, source)
);

-- The single-column base indexes (the composite ones came with version 3).
CREATE INDEX IF NOT EXISTS idx_energy_timestamp ON energy_data(timestamp);
CREATE INDEX IF NOT EXISTS idx_state_timestamp ON system_state(timestamp);
CREATE INDEX IF NOT EXISTS idx_decisions_timestamp ON coordinator_decisions(timestamp);
CREATE INDEX IF NOT EXISTS idx_sessions_start ON charging_sessions(start_time);
CREATE INDEX IF NOT EXISTS idx_weather_timestamp ON weather_data(timestamp);
CREATE INDEX IF NOT EXISTS idx_price_timestamp ON price_forecasts(timestamp);
CREATE INDEX IF NOT EXISTS idx_pv_timestamp ON pv_forecasts(timestamp);

INSERT INTO schema_version (version, description) VALUES (1, 'Initial schema');
