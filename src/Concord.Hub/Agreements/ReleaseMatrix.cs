namespace Concord.Hub.Agreements;

/// <summary>For one agency at one instant: which categories of <c>partners</c> records flow to and from each other
/// agency, under which active agreement (see <see cref="AgreementService.ReleaseMatrixAsync"/>).</summary>
/// <param name="Agency">The agency the matrix is for.</param>
/// <param name="At">The instant (UTC) it was computed for: embargoes and expiries count from here.</param>
/// <param name="Partners">Agencies sharing at least one active agreement with <paramref name="Agency"/>, by code.</param>
public sealed record ReleaseMatrix(string Agency, DateTimeOffset At, IReadOnlyList<ReleaseMatrixPartner> Partners);
