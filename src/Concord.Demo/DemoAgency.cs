using Concord.Hub.Agencies;

namespace Concord.Demo;

/// <summary>A fictional agency of the demo federation.</summary>
/// <param name="Code">Agency code (see <see cref="AgencyRules.IsValidCode"/>).</param>
/// <param name="Name">Full name.</param>
/// <param name="Country">Country code: an ISO 3166-1 user-assigned code (<c>XA</c>-<c>XZ</c>), so no real state is named.</param>
/// <param name="Contacts">The people to contact.</param>
public sealed record DemoAgency(string Code, string Name, string Country, IReadOnlyList<DemoContact> Contacts)
{
    /// <summary>The registration request for <see cref="AgencyService.CreateAsync"/>; the first contact is on duty (escalations).</summary>
    public NewAgency ToNewAgency() => new(Code, Name, Country,
        [.. Contacts.Select((c, i) => new AgencyContact { Name = c.Name, Email = c.Email, Phone = c.Phone, Duty = i == 0 })]);
}
