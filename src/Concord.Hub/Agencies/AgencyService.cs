using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Agencies;

/// <summary>Registers and lists agencies. Scoped (one per request).</summary>
public sealed class AgencyService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time)
{
    /// <summary>Registers an agency and audits it in the same transaction. Role checks are the caller's
    /// (only <see cref="HubRole.HubAdmin"/> may do this).</summary>
    public async Task<HubResult<Agency>> CreateAsync(NewAgency request, Actor actor, CancellationToken cancellationToken)
    {
        IReadOnlyList<HubError> errors = AgencyRules.Validate(request);
        if (errors.Count > 0)
        {
            return HubResult<Agency>.Fail(errors);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (await db.Agencies.AnyAsync(a => a.Code == request.Code, cancellationToken).ConfigureAwait(false))
        {
            return HubResult<Agency>.Fail(HubError.Create(HubErrorCodes.AgencyDuplicateCode, HubErrorKind.Conflict,
                $"Agency {request.Code} already exists.", request.Code));
        }

        var agency = new Agency
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Code = request.Code,
            Name = request.Name.Trim(),
            Country = request.Country,
            Contacts = request.Contacts.Select(c => new AgencyContact { Name = c.Name.Trim(), Email = c.Email, Phone = c.Phone, Duty = c.Duty }).ToList(),
            CreatedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow()),
        };
        db.Agencies.Add(agency);
        await audit.Append(actor, AuditActions.AgencyCreated, $"agency:{agency.Code}", new Dictionary<string, string?>
        {
            ["code"] = agency.Code,
            ["name"] = agency.Name,
            ["country"] = agency.Country,
            ["contacts"] = agency.Contacts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken, [agency.Code]).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<Agency>.Ok(agency);
    }

    /// <summary>All agencies ordered by code. Agency membership is public within the federation.</summary>
    public async Task<IReadOnlyList<Agency>> ListAsync(CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>One agency by code, or <see langword="null"/>.</summary>
    public async Task<Agency?> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken).ConfigureAwait(false);
}
