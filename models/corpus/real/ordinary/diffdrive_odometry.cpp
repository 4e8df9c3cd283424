// diff_drive_odom.cpp
// Wheel odometry for a two-wheeled rover. Part of the campus robotics club codebase.
#include <cmath>
#include <cstdint>

struct Pose2D {
    double x = 0.0, y = 0.0, theta = 0.0;
};

class DiffDriveOdometry {
public:
    DiffDriveOdometry(double wheel_radius, double track_width, int ticks_per_rev)
        : r_(wheel_radius), b_(track_width), tpr_(ticks_per_rev) {}

    void update(int32_t left_ticks, int32_t right_ticks) {
        const double dl = 2.0 * M_PI * r_ * (left_ticks - last_l_) / tpr_;
        const double dr = 2.0 * M_PI * r_ * (right_ticks - last_r_) / tpr_;
        last_l_ = left_ticks;
        last_r_ = right_ticks;

        const double dc = 0.5 * (dl + dr);
        const double dtheta = (dr - dl) / b_;
        // midpoint integration keeps curved paths honest
        pose_.x += dc * std::cos(pose_.theta + 0.5 * dtheta);
        pose_.y += dc * std::sin(pose_.theta + 0.5 * dtheta);
        pose_.theta = std::atan2(std::sin(pose_.theta + dtheta), std::cos(pose_.theta + dtheta));
    }

    const Pose2D& pose() const { return pose_; }

private:
    double r_, b_;
    int tpr_;
    int32_t last_l_ = 0, last_r_ = 0;
    Pose2D pose_;
};
