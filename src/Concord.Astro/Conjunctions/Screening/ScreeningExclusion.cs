using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>An object that left the screening before the end of the window (decayed, SGP4 error, end of its
/// ephemeris); it is not screened from <see cref="From"/> on.</summary>
/// <param name="ObjectIndex">Index in the screened object list.</param>
/// <param name="Id">The object's identifier.</param>
/// <param name="From">First sample time at which the object had no state.</param>
/// <param name="Reason">Stable reason code: <c>sgp4.error-N</c> (N = SGP4 error code 1–6; 6 = decayed) or
/// <c>ephemeris.outside-useable-interval</c>.</param>
/// <param name="Description">Human-readable reason.</param>
public sealed record ScreeningExclusion(int ObjectIndex, string Id, Epoch From, string Reason, string Description);
