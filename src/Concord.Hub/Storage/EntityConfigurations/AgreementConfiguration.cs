using System.Globalization;
using Concord.Hub.Agencies;
using Concord.Hub.Agreements;
using Concord.Hub.Release;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(AgreementRules.MaxTitleLength).IsRequired();
        builder.Property(a => a.Status).HasMaxLength(16)
            .HasConversion(s => s.ToWireName(), s => ParseStatus(s)).IsRequired();
        builder.HasIndex(a => a.Status);
        // Categories and catalogue numbers are stored in the agency-list format (",a,b,"), by wire name.
        builder.Property(a => a.Categories).HasMaxLength(HubConversions.AgencyListLength)
            .HasConversion(
                list => HubConversions.FormatAgencyList(list.Select(c => c.ToWireName())),
                text => HubConversions.ParseAgencyList(text).Select(ParseCategory).ToList())
            .IsRequired()
            .Metadata.SetValueComparer(HubConversions.ListComparer<DataCategory>());
        builder.Property(a => a.ObjectScope).HasMaxLength(32)
            .HasConversion(s => s.ToWireName(), s => ParseScope(s)).IsRequired();
        builder.Property(a => a.ObjectIds)
            .HasConversion(
                list => HubConversions.FormatAgencyList(list.Select(n => n.ToString(CultureInfo.InvariantCulture))),
                text => HubConversions.ParseAgencyList(text).Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToList())
            .IsRequired()
            .Metadata.SetValueComparer(HubConversions.ListComparer<int>());
        builder.Property(a => a.ProposedBy).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(a => a.SuspendedBy).HasMaxLength(AgencyRules.MaxCodeLength);
        builder.Property(a => a.TerminatedBy).HasMaxLength(AgencyRules.MaxCodeLength);
        builder.Property(a => a.CreatedAt).IsRequired();
        builder.Property(a => a.UpdatedAt).IsRequired();
        builder.OwnsMany(a => a.Parties, party =>
        {
            party.ToTable("agreement_parties");
            party.WithOwner().HasForeignKey("AgreementId");
            party.Property<int>("Id");
            party.HasKey("Id");
            party.Property(p => p.AgencyCode).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
            party.HasIndex(p => p.AgencyCode);
            party.Property(p => p.SignedBy).HasMaxLength(64);
        });
        builder.Navigation(a => a.Parties).AutoInclude();
    }

    private static AgreementStatus ParseStatus(string text) =>
        AgreementStatuses.TryParse(text, out AgreementStatus? status)
            ? status.Value
            : throw new InvalidOperationException($"Stored agreement status '{text}' is unknown.");

    private static ObjectScope ParseScope(string text) =>
        ObjectScopes.TryParse(text, out ObjectScope? scope)
            ? scope.Value
            : throw new InvalidOperationException($"Stored object scope '{text}' is unknown.");

    private static DataCategory ParseCategory(string text) =>
        DataCategories.TryParse(text, out DataCategory? category)
            ? category.Value
            : throw new InvalidOperationException($"Stored data category '{text}' is unknown.");
}
