package dev.peftu.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place peftu touches DJL's global state: it switches DJL to offline mode (no telemetry,
 * no downloads; every native library comes from Maven Central jars) before the engine starts,
 * and chooses the device at run time: a GPU when DJL reports one, else the CPU.
 */
public final class DjlRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(DjlRuntime.class);
    private static final AtomicBoolean DEVICE_LOGGED = new AtomicBoolean();

    private DjlRuntime() {
    }

    /** Puts DJL in offline mode unless the user chose otherwise; idempotent. */
    public static void ensureOffline() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Returns the device to compute on: DJL's default device, which is the first GPU when DJL
     * finds one and the CPU otherwise. Logged once per JVM.
     */
    public static Device device() {
        ensureOffline();
        Engine engine = Engine.getInstance();
        Device device = engine.defaultDevice();
        if (DEVICE_LOGGED.compareAndSet(false, true)) {
            LOG.info("peftu computes on {} ({} {}, {} GPU(s) found)", device, engine.getEngineName(),
                    engine.getVersion(), engine.getGpuCount());
        }
        return device;
    }
}
