package io.kilowatch.config;

/** A value for every key: the defaults, or what the loader bound. */
interface SettingValues {

  <T> T get(Key<T> key);
}
