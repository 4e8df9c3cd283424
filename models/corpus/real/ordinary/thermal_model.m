% Lumped-capacitance thermal model of a 1U CubeSat over one orbit.
% Student design course, week 6. Values are textbook ballpark numbers.
sigma = 5.670e-8;      % Stefan-Boltzmann
A = 0.06;              % total surface area, m^2
alpha = 0.6; eps = 0.8;
m = 1.2; c = 900;      % kg, J/(kg K) (mostly aluminium)
S = 1361;              % solar constant
P_int = 2.0;           % internal dissipation, W
T_orbit = 92*60; dt = 10;
t = 0:dt:3*T_orbit;
T = zeros(size(t)); T(1) = 290;
for k = 1:numel(t)-1
  phase = mod(t(k), T_orbit)/T_orbit;
  sun = phase < 0.62;                 % eclipse for ~38% of the orbit
  Qin = sun*alpha*S*A/4 + 0.3*237*A/4 + P_int;
  Qout = eps*sigma*A*T(k)^4;
  T(k+1) = T(k) + dt*(Qin - Qout)/(m*c);
end
plot(t/60, T-273.15); xlabel('minutes'); ylabel('T (C)'); grid on
printf('min %.1f C, max %.1f C\n', min(T)-273.15, max(T)-273.15);
