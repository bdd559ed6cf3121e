namespace Concord.Astro.Propagation.Sgp4;

/// <summary>The first SGP4 error of one object in a batch run; the object is not propagated past it.</summary>
/// <param name="ObjectIndex">Index of the object in the list given to <see cref="Sgp4BatchPropagation"/>.</param>
/// <param name="MinutesSinceEpoch">Time of the failure, minutes since the object's element epoch.</param>
/// <param name="Error">The SGP4 error code.</param>
public readonly record struct Sgp4BatchFailure(int ObjectIndex, double MinutesSinceEpoch, Sgp4Error Error);
