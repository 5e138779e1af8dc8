package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import java.util.Optional;
import java.util.function.Function;

/**
 * The frozen weights of a loaded base model, as PEFT methods read them: every linear site's weight
 * and bias, read-only, on the compute device, and values derived from them once per base model and
 * site (the column norms DoRA starts from, the SVD PiSSA takes). The arrays are shared by every
 * user, method and step of the run: a method must never change them or close them.
 */
public interface FrozenWeights {

    /** Returns the architecture the weights belong to. */
    Architecture architecture();

    /**
     * Returns a site's frozen weight, {@code [out, in]} as PyTorch lays it out, on the compute
     * device. Read-only.
     *
     * @param site a site of {@link Architecture#linearSites()}
     */
    NDArray weight(LinearSite site);

    /**
     * Returns a site's frozen bias, {@code [out]}, or empty for a layer without one. Read-only.
     *
     * @param site a site of {@link Architecture#linearSites()}
     */
    Optional<NDArray> bias(LinearSite site);

    /**
     * Returns a site's frozen weight copied to the heap, {@code [out, in]}, for computations a
     * method does once (an initialization).
     *
     * @param site a site of {@link Architecture#linearSites()}
     */
    HostTensor hostWeight(LinearSite site);

    /**
     * Returns a value derived from a site's frozen weights, computing it the first time it is asked
     * for under that name and site and keeping it for as long as the base model lives: what a method
     * computes once per base model and site, never per user or step.
     *
     * @param site the site
     * @param name what is derived, unique per method and formula (e.g. {@code pissa-r8})
     * @param compute computes the value from the site
     * @param <T> the value's type
     * @return the value, shared; arrays in it are read-only
     */
    <T> T derived(LinearSite site, String name, Function<LinearSite, T> compute);

    /**
     * Returns a heap tensor as a read-only array on the compute device, kept for as long as the base
     * model lives: for the constants a method derives from a site and uses in every forward pass.
     * Each call creates an array, so call it inside {@link #derived}, which calls it once.
     *
     * @param tensor the values
     * @return the array, shared; never change or close it
     */
    NDArray constant(HostTensor tensor);
}
