using System.Globalization;
using Concord.Hub.Conjunctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ScreeningRequestConfiguration : IEntityTypeConfiguration<ScreeningRequest>
{
    public void Configure(EntityTypeBuilder<ScreeningRequest> builder)
    {
        builder.ToTable("screening_requests");
        builder.HasKey(r => r.Id);
        // Catalogue numbers in the list format of agreements (",a,b,"); a bulk submission's list is long, hence no limit.
        builder.Property(r => r.CatalogNumbers)
            .HasConversion(
                list => HubConversions.FormatAgencyList(list.Select(n => n.ToString(CultureInfo.InvariantCulture))),
                text => HubConversions.ParseAgencyList(text).Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToList())
            .IsRequired()
            .Metadata.SetValueComparer(HubConversions.ListComparer<int>());
        builder.Property(r => r.Reason).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Error).HasMaxLength(ScreeningRequests.MaxErrorLength);
        builder.HasIndex(r => r.CompletedAt);
    }
}
