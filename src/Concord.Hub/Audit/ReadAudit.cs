using Concord.Hub.Agencies;

namespace Concord.Hub.Audit;

/// <summary>The audit entry of one read (for example <see cref="AuditActions.CatalogReleased"/>), waiting in the
/// <see cref="ReadAuditQueue"/> to be appended to the chain.</summary>
/// <param name="Viewer">Who received the records (the entry's actor; it concerns the viewer's agency).</param>
/// <param name="Action">The entry's action (<see cref="AuditActions"/>).</param>
/// <param name="Subject">The entry's subject.</param>
/// <param name="Details">The entry's details.</param>
public sealed record ReadAudit(Actor Viewer, string Action, string Subject, IReadOnlyDictionary<string, string?> Details);
