using Concord.Hub.Release;

namespace Concord.Hub.Agreements;

/// <summary>What one active agreement lets flow from one agency to another (an entry of <see cref="ReleaseMatrix"/>).</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="Title">Its title.</param>
/// <param name="Categories">The categories of <c>partners</c> records it releases.</param>
/// <param name="ObjectScope">Which objects it covers.</param>
/// <param name="EmbargoMinutes">Its embargo, minutes after storage.</param>
/// <param name="ExpiresAt">When it ends (UTC), if it does.</param>
public sealed record AgreementFlow(
    Guid AgreementId,
    string Title,
    IReadOnlyList<DataCategory> Categories,
    ObjectScope ObjectScope,
    int EmbargoMinutes,
    DateTimeOffset? ExpiresAt);
